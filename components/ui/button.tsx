import type { ButtonHTMLAttributes } from "react";
import { PHRASE_WRAP } from "./phrase-wrap";

const VARIANTS = {
  primary: "bg-blue-900 text-white hover:bg-blue-1000 hover:underline active:bg-blue-1200 disabled:bg-solid-gray-300",
  secondary: "border border-blue-900 bg-white text-blue-900 hover:bg-blue-200 hover:text-blue-1000 hover:underline",
  tertiary: "bg-transparent text-blue-900 underline underline-offset-[0.1875rem] hover:bg-blue-50 hover:text-blue-1000",
} as const;

const SIZES = {
  md: "min-h-12 px-4 py-3 text-std-16B-170",
  sm: "min-h-9 px-3 py-1 text-std-16N-170",
} as const;

export function buttonClass(variant: keyof typeof VARIANTS = "primary", size: keyof typeof SIZES = "md"): string {
  return `inline-flex items-center justify-center gap-2 rounded-8 ${PHRASE_WRAP} ${VARIANTS[variant]} ${SIZES[size]}`;
}

export function Button({
  variant = "primary",
  size = "md",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES }) {
  return <button {...props} className={`${buttonClass(variant, size)} ${className}`} />;
}
