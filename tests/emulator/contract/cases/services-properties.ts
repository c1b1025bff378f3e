/** PropertiesService and CacheService: gas-fakes test/teststores.js, reference/properties, reference/cache, guides/properties. */
import { gasFakes, group, ref } from '../kit';

const SRC = 'test/teststores.js';
const key = (name: string) => `contract.${name}`;

export default group('PropertiesService', (c) => {
  c('a standalone script has no document properties', ref('properties/properties-service#getdocumentproperties'), ['PropertiesService.getDocumentProperties'], (s, _x, t) => {
    t.is(s.PropertiesService.getDocumentProperties(), null);
  });
  for (const store of ['script', 'user'] as const) {
    const open = (s: Parameters<Parameters<typeof c>[3]>[0]) => (store === 'script' ? s.PropertiesService.getScriptProperties() : s.PropertiesService.getUserProperties());
    c(`${store} store: set, get, delete`, gasFakes(SRC, 31), ['Properties.setProperty', 'Properties.getProperty', 'Properties.deleteProperty'], (s, _x, t) => {
      const p = open(s);
      p.setProperty(key('t'), `${store}p`);
      t.is(p.getProperty(key('t')), `${store}p`, 'read back');
      p.deleteProperty(key('t'));
      t.is(p.getProperty(key('t')), null, 'deleted');
    });
    c(`${store} store: a missing key reads null`, ref('properties/properties#getpropertykey'), ['Properties.getProperty'], (s, _x, t) => {
      t.is(open(s).getProperty(key('never-set')), null);
    });
    c(`${store} store: values are stored as strings`, 'https://developers.google.com/apps-script/guides/properties#data_format', ['Properties.setProperty'], (s, _x, t) => {
      const p = open(s);
      p.setProperty(key('n'), 42 as unknown as string);
      t.is(p.getProperty(key('n')), '42');
      p.deleteProperty(key('n'));
    });
    c(`${store} store: setProperties and getProperties`, ref('properties/properties#setpropertiesproperties'), ['Properties.setProperties', 'Properties.getProperties'], (s, _x, t) => {
      const p = open(s);
      p.setProperties({ [key('a')]: '1', [key('b')]: '2' });
      const all = p.getProperties();
      t.is([all[key('a')], all[key('b')]], ['1', '2']);
      p.deleteProperty(key('a'));
      p.deleteProperty(key('b'));
    });
    c(`${store} store: getProperties is a copy, not a live view`, 'https://developers.google.com/apps-script/guides/properties#reading_data', ['Properties.getProperties'], (s, _x, t) => {
      const p = open(s);
      p.setProperty(key('copy'), 'x');
      const all = p.getProperties();
      all[key('copy')] = 'changed';
      t.is(p.getProperty(key('copy')), 'x');
      p.deleteProperty(key('copy'));
    });
    c(`${store} store: setProperty returns the store for chaining`, ref('properties/properties#setpropertykey,-value'), ['Properties.setProperty'], (s, _x, t) => {
      const p = open(s);
      const back = p.setProperty(key('chain'), 'v');
      t.is(back.getProperty(key('chain')), 'v');
      p.deleteProperty(key('chain'));
    });
    c(`${store} store: getKeys lists a set key`, ref('properties/properties#getkeys'), ['Properties.getKeys'], (s, _x, t) => {
      const p = open(s);
      p.setProperty(key('k'), 'v');
      t.is(p.getKeys().includes(key('k')), true);
      p.deleteProperty(key('k'));
    });
  }
});

export const caches = group('CacheService', (c) => {
  c('a standalone script has no document cache', ref('cache/cache-service#getdocumentcache'), ['CacheService.getDocumentCache'], (s, _x, t) => {
    t.is(s.CacheService.getDocumentCache(), null);
  });
  c('user cache: put then get', gasFakes(SRC, 58), ['Cache.put', 'Cache.get'], (s, _x, t) => {
    const cache = s.CacheService.getUserCache();
    cache.put(key('c'), 'upc');
    t.is(cache.get(key('c')), 'upc');
    cache.remove(key('c'));
    t.is(cache.get(key('c')), null, 'removed');
  });
  c('script cache: a missing key reads null', ref('cache/cache#getkey'), ['Cache.get'], (s, _x, t) => {
    t.is(s.CacheService.getScriptCache().get(key('never')), null);
  });
  c('putAll and getAll', ref('cache/cache#getallkeys'), ['Cache.putAll', 'Cache.getAll'], (s, _x, t) => {
    const cache = s.CacheService.getScriptCache();
    cache.putAll({ [key('x')]: '1', [key('y')]: '2' });
    const got = cache.getAll([key('x'), key('y'), key('z')]);
    t.is([got[key('x')], got[key('y')], got[key('z')]], ['1', '2', undefined]);
    cache.removeAll([key('x'), key('y')]);
  });
  c('a value past its expiry is gone', gasFakes(SRC, 72), ['Cache.put', 'Utilities.sleep'], (s, _x, t) => {
    const cache = s.CacheService.getUserCache();
    cache.put(key('ex'), 'ex', 2);
    t.is(cache.get(key('ex')), 'ex', 'before expiry');
    s.Utilities.sleep(2500);
    t.is(cache.get(key('ex')), null, 'after expiry');
  });
  c('a key longer than 250 characters is refused', ref('cache/cache#putkey,-value'), ['Cache.put'], (s, _x, t) => {
    t.throws(() => s.CacheService.getScriptCache().put('k'.repeat(251), 'v'));
  });
});
