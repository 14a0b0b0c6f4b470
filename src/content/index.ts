/**
 * The content of every widget, as functions that return localized data. Call them at
 * render time: a locale change re-renders and calls them again.
 */
export type {ContentItem} from './types.js';
export {coreServices, servicesIntro, serviceIds} from './services.js';
export type {Service, ServiceId} from './services.js';
export {levelsOfCare, levelCriteria, levelsIntro, levelsCaption, levelIds, defaultLevelIds, criterionIds} from './levels-of-care.js';
export type {LevelOfCare, LevelId, Criterion, CriterionId} from './levels-of-care.js';
export {overviewContent, overviewFitIds} from './overview.js';
export type {Overview, OverviewFitId} from './overview.js';
export {iopBenefits, benefitsIntro, benefitIds, researchBenefitIds} from './benefits.js';
export type {Benefit, BenefitId} from './benefits.js';
export {scheduleIntro, scheduleLabels, scheduleSentences, scheduleTrackIds, scheduleDefaults, scheduleLimits} from './schedule.js';
export type {ScheduleFacts, ScheduleHours, ScheduleTrack} from './schedule.js';
export {
  findWays,
  findWayIds,
  findGuideText,
  findTreatmentUrl,
  samhsaHelpline,
  samhsaText,
  crisisLine,
  crisisText,
  helplineText,
} from './help.js';
export type {FindWay, FindWayId} from './help.js';
export {faqEntries, faqIntro, faqIds} from './faq.js';
export type {FaqEntry, FaqId} from './faq.js';
export {programCardText, programTrackLabels, programClaimLabels, programTrackIds, programClaimIds} from './program-card.js';
export type {ProgramTrackId, ProgramClaimId} from './program-card.js';
export {checklistItems, checklistText, checklistProgress, checklistIds} from './checklist.js';
export type {ChecklistItem, ChecklistId} from './checklist.js';
export {disclaimerText} from './disclaimer.js';
export {sources, sourcesLabel} from './sources.js';
export type {SourceId} from './sources.js';
export {guideSectionIds, guideSectionTitles, guideText} from './guide.js';
export type {GuideSectionId} from './guide.js';
