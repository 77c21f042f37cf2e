import { getTranslations } from "next-intl/server";
import type { ReviewAction } from "@/lib/generated/prisma/enums";
import { timestampFormat } from "@/lib/platform/dates/format";

export interface TimelineEvent {
  id: number;
  action: ReviewAction;
  comment: string;
  at: Date;
  actor: { name: string };
  /** 代決: the supervisor the actor stood in for */
  onBehalfOf?: { name: string } | null;
}

const dateTime = (locale: string) => timestampFormat(locale, "dateTime");

/** Every transition and comment, oldest first: who, when, what, and what they said. */
export async function Timeline({ events, locale }: { events: TimelineEvent[]; locale: string }) {
  const t = await getTranslations("timeline");
  if (events.length === 0) return <p>{t("empty")}</p>;
  const format = dateTime(locale);
  return (
    <ol className="timeline">
      {events.map((event) => (
        <li key={event.id}>
          <p className="text-std-16B-170">{t("entry", { action: t(event.action), actor: event.actor.name })}</p>
          {event.action === "PROXY_ENTRY" || event.action === "PROXY_SUBMIT" ? (
            <p className="text-std-16N-170">{t("proxy", { actor: event.actor.name })}</p>
          ) : null}
          {event.onBehalfOf ? <p className="text-std-16N-170">{t("onBehalf", { actor: event.actor.name, principal: event.onBehalfOf.name })}</p> : null}
          <p className="meta">
            <time dateTime={event.at.toISOString()}>{format.format(event.at)}</time>
          </p>
          {event.comment ? <p className="timeline-note">{event.comment}</p> : null}
        </li>
      ))}
    </ol>
  );
}
