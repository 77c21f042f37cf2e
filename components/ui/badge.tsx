import type { ReactNode } from "react";

const TONES = {
  neutral: "border-solid-gray-536 bg-solid-gray-50 text-solid-gray-800",
  info: "border-blue-900 bg-blue-50 text-blue-1000",
  success: "border-green-900 bg-green-50 text-green-1000",
  warning: "border-yellow-1000 bg-yellow-50 text-yellow-1200",
  danger: "border-red-900 bg-red-50 text-red-1000",
} as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return (
    <span className={`inline-block rounded-4 border px-2 text-dns-14N-120 leading-6 whitespace-nowrap ${TONES[tone]}`}>{children}</span>
  );
}
