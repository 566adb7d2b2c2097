export {};
export function roundTrip(): void {}
