import type { ButtonHTMLAttributes } from "react";

// Variants and sizes as classes of app/globals.css (btn-primary, btn-md …): buttons and button
// links appear many times on a page, and each class list is sent twice.
const VARIANTS = { primary: "btn-primary", secondary: "btn-secondary", tertiary: "btn-tertiary" } as const;
const SIZES = { md: "btn-md", sm: "btn-sm" } as const;

export function buttonClass(variant: keyof typeof VARIANTS = "primary", size: keyof typeof SIZES = "md"): string {
  return `btn ${VARIANTS[variant]} ${SIZES[size]}`;
}

export function Button({
  variant = "primary",
  size = "md",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES }) {
  return <button {...props} className={`${buttonClass(variant, size)} ${className}`} />;
}
