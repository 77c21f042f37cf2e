import { notFound } from "next/navigation";
import { AppError } from "./errors";

/** For pages: the domain's NOT_FOUND (which includes "outside your scope") becomes a 404. */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/**
 * For pages: an area's access check from lib/ (assertCatalogueEditor…), its NOT_FOUND a 404.
 * Pages ask lib/ what the actor may do rather than test roles themselves.
 */
export function allowedOrNotFound(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
