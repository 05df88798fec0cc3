import { router } from "../../trpc";
import { sponsorCallList } from "./callList";
import { sponsorContacts } from "./contacts";
import { sponsorCreate } from "./create";
import { sponsorCreateAccessLink } from "./createAccessLink";
import { sponsorDuplicates } from "./duplicates";
import { sponsorEraseContact } from "./eraseContact";
import { sponsorExportContact } from "./exportContact";
import { sponsorList } from "./list";
import { sponsorLogContact } from "./logContact";
import { sponsorMembershipTypes } from "./membershipTypes";
import { sponsorMerge } from "./merge";
import { sponsorRevokeAccessLinks } from "./revokeAccessLinks";
import { sponsorSendAccessLink } from "./sendAccessLink";
import { sponsorUpdate } from "./update";

export const sponsorRouter = router({
  create: sponsorCreate,
  list: sponsorList,
  update: sponsorUpdate,
  merge: sponsorMerge,
  duplicates: sponsorDuplicates,
  membershipTypes: sponsorMembershipTypes,
  createAccessLink: sponsorCreateAccessLink,
  revokeAccessLinks: sponsorRevokeAccessLinks,
  sendAccessLink: sponsorSendAccessLink,
  exportContact: sponsorExportContact,
  eraseContact: sponsorEraseContact,
  logContact: sponsorLogContact,
  contacts: sponsorContacts,
  callList: sponsorCallList,
});
