/**
 * German reports with no subject of their own: "…, hieß es", "…, so die Behörde in Baku". The
 * speaker is the one the paragraph named before, even one that gave no figure ("Die Behörden in
 * Baku nannten keine Zahlen."); a sentence opening with an adverbial ("Auf armenischer Seite …",
 * "Bei Angriffen …") names no speaker by it. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimantBriefs, figure } from './briefs';

const read = claimantBriefs('de');

describe('German: a report verb with no subject of its own', () => {
  it('"hieß es" speaks for the ministry of the sentence before, not for the adverbial', () => {
    expect(
      read(
        'Das Verteidigungsministerium in Baku meldete neue Gefechte. Auf armenischer Seite seien 12 Soldaten getötet worden, hieß es.',
      ),
    ).toEqual([figure(12, 'exact', 'soldiers_killed', 'ARM', 'az_mod')]);
  });

  it('"hieß es" speaks for the authorities the sentence before opens with, though they gave no figure', () => {
    expect(
      read(
        'Die Zahl der getöteten Soldaten stieg auf 20, wie das Verteidigungsministerium in Eriwan mitteilte. Die Behörden in der aserbaidschanischen Hauptstadt nannten keine Zahlen zur Armee. Bei armenischen Angriffen seien 41 Zivilisten getötet worden, hieß es.',
      ),
    ).toEqual([
      figure(20, 'exact', 'soldiers_killed', 'ARM', 'arm_mod'),
      figure(41, 'exact', 'civilians_killed', 'AZ', 'az_gov'),
    ]);
  });

  it('", so die Behörde" names the speaker after the claim', () => {
    expect(
      read('Rund 100 armenische Soldaten wurden verwundet, so das Verteidigungsministerium in Eriwan.'),
    ).toEqual([figure(100, 'about', 'soldiers_wounded', 'ARM', 'arm_mod')]);
    expect(
      read(
        'Zehn gepanzerte Fahrzeuge der armenischen Streitkräfte seien zerstört worden, so die Behörde in Baku.',
      ),
    ).toEqual([figure(10, 'exact', 'armoured_vehicles_destroyed', 'ARM', 'az_gov')]);
  });

  it('"so" that reports nothing names no speaker', () => {
    expect(read('Die Kämpfe waren so heftig, dass 9 Soldaten getötet wurden.')).toEqual([
      figure(9, 'exact', 'soldiers_killed', null),
    ]);
  });
});
