// Content keys said by src/ rather than by a machine.
export const systemKeys = ['common.apology', 'common.restarted'] as const;
