import { possessorOfRole } from '../../../src/extract/rules/possessor-roles';
import { candidatePairs } from '../../../src/extract/relation-classifier/candidates';
import { resolvedState } from '../stages/hand-state';

describe('possessorOfRole', () => {
  const pair = (text: string) =>
    candidatePairs(
      resolvedState(text, [
        { text: 'Ward', type: 'Person', entity: 'person:ward' },
        { text: 'Taft Stettinius', type: 'Organization', entity: 'organization:taft' },
      ]),
    )[0]!;
  it("reads the organisation after a person's lawyer as the lawyer's employer, not the person's", () => {
    expect(
      possessorOfRole('WORKS_FOR', pair("Ward's lawyer, a partner at Taft Stettinius, said he would appeal.")),
    ).toBe(true);
    expect(possessorOfRole('WORKS_FOR', pair("Ward's firm, Taft Stettinius, said he would appeal."))).toBe(false);
    expect(possessorOfRole('WORKS_FOR', pair('Ward, a partner at Taft Stettinius, said he would appeal.'))).toBe(false);
  });
});
