// Input building blocks shared by the routers. Every procedure input is a zod schema.
import { z } from "zod";
import { isCalendarDate } from "./domain/dates";
import { MAX_AMOUNT_CENTS, MIN_AMOUNT_CENTS } from "./domain/money";

export const id = z.int().positive();
export const cents = z.int().min(MIN_AMOUNT_CENTS).max(MAX_AMOUNT_CENTS);
export const businessDate = z.string().refine(isCalendarDate, { message: "Expected a calendar date YYYY-MM-DD" });
export const version = z.int().positive();
export const shortText = (max = 200) => z.string().trim().min(1).max(max);
export const optionalText = (max = 2000) => z.string().trim().max(max).optional();
export const DEFAULT_PAGE_SIZE = 50;
