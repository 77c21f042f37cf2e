// Forms below: the portal part of the message catalogue (see ../forms-layout.tsx).
export { default } from "../forms-layout";
