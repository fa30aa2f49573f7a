/** The page's resolver calls, each read and validated; none of them throws. */
import { makeInvoke } from '@forge/bridge';
import type { ConcernKind, PublicDefs } from '../../../src/shared/contract';
import { call, readConcern, readMyConcerns, readSpaceStatus } from './answers';

const invoke = makeInvoke<PublicDefs>();

export const loadSpaceStatus = () => call(() => invoke('getSpaceStatus', {}), readSpaceStatus);
export const loadMyConcerns = () => call(() => invoke('getMyConcerns', {}), readMyConcerns);
export const raiseConcern = (payload: { kind: ConcernKind; message: string }) => call(() => invoke('raiseConcern', payload), readConcern);
