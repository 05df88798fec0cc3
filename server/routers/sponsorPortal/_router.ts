import { router } from "../../trpc";
import { sponsorPortalMe } from "./me";
import { sponsorPortalSetListing } from "./setListing";

export const sponsorPortalRouter = router({
  me: sponsorPortalMe,
  setListing: sponsorPortalSetListing,
});
