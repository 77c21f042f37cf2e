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
