/** A form-level error, announced at once. Renders nothing when there is no message. */
export function ErrorMessage({ message, id }: { message: string | null; id?: string }) {
  if (message === null) return null;
  return (
    <p className="form-error" role="alert" id={id}>
      {message}
    </p>
  );
}
