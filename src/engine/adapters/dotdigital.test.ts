/**
 * Dotdigital (simulated): contacts kept by e-mail, program enrolment, and
 * the IDs and personalization lines it refuses. The contract every adapter
 * keeps is in contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { adapterHarness, refusal } from '../../../test/fixtures/adapterCalls';
import { MemorySandbox, SAMPLE_EMAIL } from '../../../test/fixtures/testFields';
import { dotdigitalAdapter } from './dotdigital';

const { run } = adapterHarness(dotdigitalAdapter);

describe('dotdigital', () => {
  it('updates the existing contact with the same e-mail', async () => {
    const sandbox = new MemorySandbox();
    const a = await run('create-or-update-contact', { email: 'anna@example.com', first_name: 'Anna' }, { sandbox });
    const b = await run('create-or-update-contact', { email: 'ANNA@example.com', first_name: undefined, last_name: 'Nowak' }, { sandbox });
    expect(b.output?.contact_id).toBe(a.output?.contact_id);
    expect(sandbox.list('contacts')).toHaveLength(1);
    expect(sandbox.list('contacts')[0]).toMatchObject({ firstName: 'Anna', lastName: 'Nowak', addressBooks: ['Sample address book'] });
  });

  it('enrols the trigger customer in a program by their e-mail', async () => {
    const sandbox = new MemorySandbox();
    await run('add-to-program', {}, { sandbox });
    expect(sandbox.list('enrolments')[0]).toMatchObject({ programId: '12345', email: SAMPLE_EMAIL, status: 'Active' });
  });

  it('rejects a non-numeric program or campaign ID and a malformed personalization line', async () => {
    expect((await refusal(() => run('add-to-program', { program_id: 'welcome' }))).message).toMatch(
      /program ID "welcome" is not valid/,
    );
    expect((await refusal(() => run('send-transactional-email', { campaign_id: 'abc' }))).message).toMatch(
      /campaign ID "abc" is not valid/,
    );
    expect(
      (await refusal(() => run('send-transactional-email', { personalization: 'a=1\nno equals sign' }))).message,
    ).toMatch(/personalization line 2/);
  });

  it('rejects enrolling a customer whose e-mail is unknown', async () => {
    const error = await refusal(() => run('add-to-program', {}, { event: { payload: { customer_id: '9' } } }));
    expect(error.message).toMatch(/no e-mail address known/);
  });
});
