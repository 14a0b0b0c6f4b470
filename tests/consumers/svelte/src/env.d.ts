import type {} from 'iop-widgets/svelte';
