import { pageFromPath } from '../../tab/src/app/page-from-path';

describe('the page a path shows', () => {
  it('is the workshop view at /tab/workshop, the configuration page at /tab/config, else the board', () => {
    expect(pageFromPath('/tab/workshop')).toBe('workshop');
    expect(pageFromPath('/tab/workshop/')).toBe('workshop');
    expect(pageFromPath('/tab/config')).toBe('config');
    expect(pageFromPath('/tab/')).toBe('board');
    expect(pageFromPath('/tab/workshops')).toBe('board');
    expect(pageFromPath('/tab/workshop/extra')).toBe('board');
  });
});
