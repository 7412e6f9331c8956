import { Fragment } from 'react';
import { useMarsad } from '../store/store-context';
import { useNames, type ShownName } from './names';

/**
 * A place or actor name inside interface text: isolated (`<bdi>`) so a name in the other script keeps its own
 * order, and marked as the user's own (`translate="no"`) when no name in the interface's language exists.
 */
export function Name({ name }: { name: ShownName }) {
  return <bdi translate={name.supplied ? 'no' : undefined}>{name.text}</bdi>;
}

/** A place in the interface's script, or `fallback` when the event has none. */
export function PlaceName({
  location,
  placeId,
  fallback,
}: {
  location: string | null;
  placeId?: string | null;
  fallback: string;
}) {
  const names = useNames();
  return location ? <Name name={names.place(location, placeId)} /> : <>{fallback}</>;
}

/** "attacker → target" in the interface's script (the arrow points the way the line reads). */
export function ActorPair({ actors }: { actors: readonly (string | null)[] }) {
  const names = useNames();
  const rtl = useMarsad((state) => state.language === 'ar');
  const present = actors.filter((actor): actor is string => Boolean(actor));
  return (
    <>
      {present.map((actor, index) => (
        <Fragment key={index}>
          {index > 0 ? (rtl ? ' ← ' : ' → ') : null}
          <Name name={names.actor(actor)} />
        </Fragment>
      ))}
    </>
  );
}
