import { describe, expect, it } from "vitest";
import en from "@/lib/platform/i18n/messages/en.json";
import ja from "@/lib/platform/i18n/messages/ja.json";
import { AUDIT_ACTIONS } from "./audit-actions";
import { AUDIT_ENTITIES } from "./audit-entities";
import { AUDIT_AREAS, auditActionKey } from "./audit-labels";

type Labels = Record<"actions" | "areas" | "entities", Record<string, string>>;
const catalogues: Record<"ja" | "en", Labels> = { ja: ja.auditLabels, en: en.auditLabels };

describe.each(["ja", "en"] as const)("the audit trail's words in %s", (language) => {
  const labels = catalogues[language];

  it("name every audit action", () => {
    expect(AUDIT_ACTIONS.filter((action) => !labels.actions[auditActionKey(action)]?.trim())).toEqual([]);
  });

  it("name every area the action filter offers", () => {
    expect(AUDIT_AREAS.filter((area) => !labels.areas[area]?.trim())).toEqual([]);
  });

  it("name every record type", () => {
    expect(AUDIT_ENTITIES.filter((entity) => !labels.entities[entity]?.trim())).toEqual([]);
  });

  it("keep no label for a name that is gone, so the lists stay the one source", () => {
    const actionKeys = new Set(AUDIT_ACTIONS.map(auditActionKey));
    expect(Object.keys(labels.actions).filter((key) => !actionKeys.has(key))).toEqual([]);
    expect(Object.keys(labels.entities).filter((key) => !(AUDIT_ENTITIES as readonly string[]).includes(key))).toEqual([]);
  });
});

describe("auditActionKey", () => {
  it("gives every action a key of its own", () => {
    expect(new Set(AUDIT_ACTIONS.map(auditActionKey)).size).toBe(AUDIT_ACTIONS.length);
  });
});
