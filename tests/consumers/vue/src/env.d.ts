import type {} from 'iop-widgets/vue';
