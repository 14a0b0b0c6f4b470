// Each line below must be a type error (scripts/test-consumers.mjs counts them).
import type {} from 'iop-widgets/react-jsx';
import {ProgramChecklist} from 'iop-widgets/react';

export const wrongLevel = <iop-services-list heading-level="three"></iop-services-list>;
export const wrongId = <iop-services-list include={['not-a-service']}></iop-services-list>;
export const wrongHandler = <program-checklist oniop-checklist-change={(event: MouseEvent) => event.button}></program-checklist>;
export const unknownTag = <iop-service-list></iop-service-list>;
export const wrongWrapperProp = <ProgramChecklist headingLevel={9} />;
