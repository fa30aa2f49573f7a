/** The space/project page catalogue in every shipped language. */
import type { Language } from '../ui/language';
import { spaceDe } from './space.de';
import { spaceEn, type SpaceMessages } from './space.en';

export type { SpaceMessages } from './space.en';
export const SPACE_MESSAGES: Readonly<Record<Language, SpaceMessages>> = { en: spaceEn, de: spaceDe };
