// Each statement below must be a type error (scripts/test-consumers.mjs counts them).
import 'iop-widgets/iop-services-list.js';
import 'iop-widgets/program-checklist.js';

const services = document.createElement('iop-services-list');
services.headingLevel = 'three';
services.include = ['not-a-service'];
document.createElement('program-checklist').addEventListener('iop-checklist-change', (event) => event.detail.nothing);
services.headingLevel = 9;
