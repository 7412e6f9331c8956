/**
 * Round three of the real-style error classes (English): fighting named only as the frame of another clause.
 * "The hospital received the bodies of six fighters killed in the battle" gives the toll of the battle told
 * before, not a new clash at the hospital; "inmates escaped during the fighting last week" tells an escape, not
 * an incident. Snippets written for these tests after the way wire and Libyan reports word these things.
 */
import { describe, expect, it } from 'vitest';
import { events } from './snippets.ts';

const summary = (text: string, published: string): (string | number | null)[][] =>
  events(text, published).map((event) => [
    event.sub_event_type,
    event.location,
    event.date,
    event.fatalities,
  ]);

describe('a toll given "killed in the fighting" joins the fighting told before', () => {
  it('puts the four dead a hospital received on the Janzour clashes, with no clash at the hospital', () => {
    expect(
      summary(
        'Heavy clashes broke out on Sunday between rival armed groups in Janzour, west of Tripoli. ' +
          'The main hospital in Zawiya said it had received the bodies of four fighters killed in the fighting.',
        '2022-06-14',
      ),
    ).toEqual([['Armed clash', 'Janzour', '2022-06-12', 4]]);
  });

  it('gives the battle for a town its three dead told in the next sentence', () => {
    expect(
      summary(
        'Fierce fighting raged on Thursday between army units and militants in Derna. ' +
          'Three soldiers died in the battle, according to a military spokesman.',
        '2018-05-19',
      ),
    ).toEqual([['Armed clash', 'Derna', '2018-05-17', 3]]);
  });

  it('keeps the place of the fighting when the toll comes from a hospital in another city', () => {
    expect(
      summary(
        'Government troops and Islamic State militants fought for several hours on Monday on the western edge of Sirte. ' +
          'Tripoli Medical Centre said on Tuesday it had treated 20 wounded and received seven fighters killed in the clashes.',
        '2016-06-08',
      ),
    ).toEqual([['Armed clash', 'Sirte', '2016-06-06', 7]]);
  });
});

describe('fighting named only as the time of something else is no incident', () => {
  it('codes the rockets but not the families who fled "during the clashes last month"', () => {
    expect(
      summary(
        'Rockets struck a residential street in Tajoura on Monday night, wounding two people. ' +
          'Dozens of families fled their homes in Ain Zara during the clashes last month, the municipality said.',
        '2019-10-16',
      ),
    ).toEqual([['Shelling/artillery/missile attack', 'Tajoura', '2019-10-14', 0]]);
  });

  it('codes nothing for a prison break "amid the fighting"', () => {
    expect(
      summary(
        'More than 200 detainees broke out of a prison in Zawiya on Saturday amid the fighting, the interior ministry said.',
        '2017-11-20',
      ),
    ).toEqual([]);
  });

  it('codes the rockets on a camp but not a jailbreak "amid fighting between rival militias"', () => {
    expect(
      summary(
        'Two people were killed on Sunday when rockets hit a camp for displaced families in Tripoli, witnesses said. ' +
          'Hours earlier, about 300 inmates escaped from a jail in Tajoura amid fighting between rival militias.',
        '2018-09-03',
      ),
    ).toEqual([['Shelling/artillery/missile attack', 'Tripoli', '2018-09-02', 2]]);
  });

  it('codes nothing for relatives of men killed "during the long conflict" at a rally', () => {
    expect(
      summary(
        'Crowds gathered in Misrata on Friday to mark the anniversary. ' +
          'Mothers held up pictures of sons killed during the long conflict.',
        '2013-02-16',
      ),
    ).toEqual([]);
  });

  it('still codes a lead that counts its own dead "during the clashes" in Zawiya', () => {
    expect(
      summary(
        'At least five people were killed during the clashes that erupted in Zawiya on Saturday, a medical source said.',
        '2021-07-04',
      ),
    ).toEqual([['Armed clash', 'Zawiya', '2021-07-03', 5]]);
  });
});
