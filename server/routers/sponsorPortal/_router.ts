import { router } from "../../trpc";
import { sponsorPortalDocuments } from "./documents";
import { sponsorPortalMe } from "./me";
import { sponsorPortalSetListing } from "./setListing";
import { sponsorPortalSetReminders } from "./setReminders";

export const sponsorPortalRouter = router({
  me: sponsorPortalMe,
  setListing: sponsorPortalSetListing,
  setReminders: sponsorPortalSetReminders,
  documents: sponsorPortalDocuments,
});
