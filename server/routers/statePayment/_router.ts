import { router } from "../../trpc";
import { statePaymentCall } from "./call";
import { statePaymentRecord } from "./record";

/**
 * The contract's `statePayment.call` is `statePayment.callFunds`: tRPC reserves `call`, `apply`
 * and `then` as procedure names (its callers are proxies that JavaScript would call or await).
 */
export const statePaymentRouter = router({
  callFunds: statePaymentCall,
  record: statePaymentRecord,
});
