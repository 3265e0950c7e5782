/** Every practice's rules, keyed by practice id. */
import type { PracticeRules } from '../types.ts';
import { accessCorrection, cookieChoice, deletion, marketingOptOut } from './choices.ts';
import { automaticData, cookies, marketing, paymentData, personalData, trackingCookies } from './collection.ts';
import { retention, security } from './keeping.ts';
import { children, doNotTrack, policyChanges, privacyContact, publicForums } from './notices.ts';
import {
  aggregateData,
  internationalTransfer,
  legalDisclosure,
  sellsData,
  serviceProviders,
  thirdPartySharing,
} from './sharing.ts';

export const RULES: ReadonlyMap<string, PracticeRules> = new Map(
  [
    personalData,
    paymentData,
    automaticData,
    cookies,
    trackingCookies,
    marketing,
    sellsData,
    thirdPartySharing,
    serviceProviders,
    aggregateData,
    legalDisclosure,
    internationalTransfer,
    cookieChoice,
    marketingOptOut,
    accessCorrection,
    deletion,
    retention,
    security,
    policyChanges,
    children,
    doNotTrack,
    privacyContact,
    publicForums,
  ].map((r) => [r.practice, r]),
);
