import { router } from "../../trpc";
import { pledgeAttachments } from "./attachments";
import { pledgeCreate } from "./create";
import { pledgeGet } from "./get";
import { pledgeHistoryProcedure } from "./history";
import { pledgeImportCsv } from "./importCsv";
import { pledgeImportFile } from "./importFile";
import { pledgeList } from "./list";
import { pledgeRecordPayment } from "./recordPayment";
import { pledgeRemoveAttachment } from "./removeAttachment";
import { pledgeSendConfirmation, pledgeSendThanks } from "./sendLetter";
import { pledgeSetStatus } from "./setStatus";
import { pledgeUndo } from "./undo";
import { pledgeUpdate } from "./update";

export const pledgeRouter = router({
  create: pledgeCreate,
  list: pledgeList,
  get: pledgeGet,
  setStatus: pledgeSetStatus,
  recordPayment: pledgeRecordPayment,
  update: pledgeUpdate,
  undo: pledgeUndo,
  history: pledgeHistoryProcedure,
  attachments: pledgeAttachments,
  removeAttachment: pledgeRemoveAttachment,
  importCsv: pledgeImportCsv,
  importFile: pledgeImportFile,
  sendConfirmation: pledgeSendConfirmation,
  sendThanks: pledgeSendThanks,
});
