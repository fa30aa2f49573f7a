/** The page's resolver calls, each read and validated; none of them throws. */
import { makeInvoke } from '@forge/bridge';
import type { ConcernKind, PublicDefs } from '../../../src/shared/contract';
import { keyedRequestIds } from '../ui/requestId';
import { call, readConcern, readMyConcerns, readSpaceStatus } from './answers';

const invoke = makeInvoke<PublicDefs>();

export const loadSpaceStatus = () => call(() => invoke('getSpaceStatus', {}), readSpaceStatus);
export const loadMyConcerns = () => call(() => invoke('getMyConcerns', {}), readMyConcerns);
const raiseIds = keyedRequestIds();
/** Retrying the same concern reuses its request id, so a lost answer never raises it twice. */
export const raiseConcern = async (payload: { kind: ConcernKind; message: string }) => {
  const requestId = raiseIds.for(`${payload.kind}\u0000${payload.message}`);
  const answer = await call(() => invoke('raiseConcern', { ...payload, requestId }), readConcern);
  if (answer.ok) raiseIds.done();
  return answer;
};
