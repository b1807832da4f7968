import type { ThoughtRecord, ThoughtRecordInput } from '../../../../shared/thoughtRecords';

/**
 * Sends a record's saves one at a time, newest state last. The first save creates the
 * record; every later one carries its id, so quick edits never create a second record.
 */
export class RecordSaver {
  private id: string | undefined;
  private pending: ThoughtRecordInput | null = null;
  private running: Promise<ThoughtRecord | null> | null = null;

  constructor(
    private readonly send: (input: ThoughtRecordInput) => Promise<ThoughtRecord>,
    id?: string,
  ) {
    this.id = id;
  }

  get recordId(): string | undefined {
    return this.id;
  }

  /** Queues `input` and resolves with the record once it (or a newer state) is saved. */
  save(input: ThoughtRecordInput): Promise<ThoughtRecord | null> {
    this.pending = input;
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<ThoughtRecord | null> {
    let last: ThoughtRecord | null = null;
    while (this.pending) {
      const input = this.pending;
      this.pending = null;
      const { id: _ignored, ...fields } = input;
      last = await this.send(this.id === undefined ? fields : { ...fields, id: this.id });
      this.id = last.id;
    }
    return last;
  }
}
