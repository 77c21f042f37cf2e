import "react";

// A style attribute may set the CSS custom properties that app/globals.css draws with (the
// meter's --p, the rate cell's --rate); React passes them through as written.
declare module "react" {
  interface CSSProperties {
    [variable: `--${string}`]: string | number | undefined;
  }
}
