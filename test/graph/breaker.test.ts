import { Breaker } from '../../src/graph/breaker';

describe('Breaker', () => {
  it('lets calls through while closed, refuses them at once when tripped, and probes before reopening', async () => {
    let t = 0;
    let up = false;
    let probes = 0;
    const breaker = new Breaker(
      async () => {
        probes++;
        if (!up) throw new Error('down');
      },
      250,
      500,
      () => t,
    );
    expect(await breaker.allow()).toBe(true);
    breaker.trip();
    expect(await breaker.allow()).toBe(false); // within the probe interval: no probe at all
    expect(probes).toBe(0);
    t += 300;
    expect(await breaker.allow()).toBe(false); // probed, still down
    expect(probes).toBe(1);
    up = true;
    expect(await breaker.allow()).toBe(false); // the last probe is too recent
    t += 300;
    expect(await breaker.allow()).toBe(true); // back: the first call after goes through
    expect(breaker.isOpen).toBe(false);
  });

  it('shares one probe between concurrent calls and bounds it in time', async () => {
    let t = 1000;
    let probes = 0;
    const breaker = new Breaker(
      () => {
        probes++;
        return new Promise(() => undefined); // a host that never answers
      },
      250,
      50,
      () => t,
    );
    breaker.trip();
    t += 300;
    expect(await Promise.all([breaker.allow(), breaker.allow(), breaker.allow()])).toEqual([false, false, false]);
    expect(probes).toBe(1);
  });
});
