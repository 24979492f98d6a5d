import { RateLimiter } from '../../src/api/rate-limiter';

describe('RateLimiter', () => {
  it('lets a burst through, then one request per refill interval, per client', () => {
    let t = 0;
    const limiter = new RateLimiter({ perSecond: 2, burst: 3 }, () => t);
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBeCloseTo(0.5);
    expect(limiter.take('b')).toBe(0);
    t += 500;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
  });

  it('is off at zero per second', () => {
    const limiter = new RateLimiter({ perSecond: 0, burst: 1 });
    expect(Array.from({ length: 100 }, () => limiter.take('a')).every((w) => w === 0)).toBe(true);
  });

  it('forgets idle clients instead of growing without bound', () => {
    let t = 0;
    const limiter = new RateLimiter({ perSecond: 1, burst: 1 }, () => t, 10);
    for (let i = 0; i < 10; i++) limiter.take(`c${i}`);
    t += 5000;
    for (let i = 10; i < 1000; i++) limiter.take(`c${i}`);
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(10);
  });
});
