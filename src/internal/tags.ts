/** Every element iop-widgets defines, in documentation order. */
export const tagNames = [
  'iop-overview',
  'iop-services-list',
  'iop-schedule',
  'iop-benefits',
  'iop-vs-php-table',
  'program-checklist',
  'iop-find-guide',
  'iop-program-card',
  'iop-faq',
  'iop-helpline',
  'iop-guide',
] as const;
