import { describe, expect, it } from "vitest";
import { pickMessages } from "@/components/i18n/client-messages";

/**
 * The client's part of the catalogue. The build compiles a message with arguments to an array
 * (next.config.ts, `precompile`), so a message is a string or an array, never a part to cut into.
 */
describe("pickMessages", () => {
  const catalogue = {
    records: { title: "研修・資格", count: ["全", ["count", 4], "件"], training: { kind: "種別", hours: [["hours", 4], "時間"] } },
    common: { retry: "再試行" },
    cycle: { title: "年間の流れ", validation: { required: "入力してください。", beforeWindowOpens: "受付開始より前です。" } },
  };

  it("sends a compiled message whole, as it sends a string", () => {
    expect(pickMessages(catalogue, ["records.count", "records.training.hours"])).toEqual({
      records: { count: ["全", ["count", 4], "件"], training: { hours: [["hours", 4], "時間"] } },
    });
  });

  it("does not cut into a compiled message that a longer part names", () => {
    expect(pickMessages(catalogue, ["records.count.0"])).toEqual({ records: { count: ["全", ["count", 4], "件"] } });
  });

  it("sends a namespace whole and leaves the rest out", () => {
    expect(pickMessages(catalogue, ["common"])).toEqual({ common: { retry: "再試行" } });
  });

  it("leaves a namespace's validation messages to the server, unless a part names one", () => {
    expect(pickMessages(catalogue, ["cycle"])).toEqual({ cycle: { title: "年間の流れ" } });
    expect(pickMessages(catalogue, ["cycle", "cycle.validation.required"])).toEqual({
      cycle: { title: "年間の流れ", validation: { required: "入力してください。" } },
    });
    expect(pickMessages(catalogue, ["cycle.validation"])).toEqual({ cycle: { validation: catalogue.cycle.validation } });
    // The catalogue itself is not written to.
    expect(catalogue.cycle.validation).toEqual({ required: "入力してください。", beforeWindowOpens: "受付開始より前です。" });
  });
});
