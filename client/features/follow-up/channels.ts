// How an organiser was in touch with a sponsor, in the order the form offers them.
import type { RouterInputs } from "../../lib/trpc";

export type Channel = RouterInputs["sponsor"]["logContact"]["channel"];

const channels: Record<Channel, true> = { phone: true, email: true, meeting: true, letter: true };
export const CHANNELS = Object.keys(channels) as Channel[];
