import { Trans } from "@lingui/react/macro";
import { useState } from "react";
import type { Media } from "../../domain/schema";
import { absoluteWebUrl } from "../../domain/urls";
import { asText } from "../../ui/as-text";

/**
 * An event's picture: loaded only as it comes near the screen, in a box of fixed proportions so nothing
 * moves when it arrives, with its caption and credit. A picture that cannot be loaded leaves its alt
 * text in its place.
 */
export function EventPicture({ media }: { media: Media }) {
  const [broken, setBroken] = useState(false);
  const alt = asText(media.alt);
  const url = absoluteWebUrl(media.url);
  return (
    <figure className="mt-3 max-w-md">
      <div className="aspect-[3/2] w-full overflow-hidden rounded-md border border-[var(--line)] bg-[var(--page)]">
        {url && !broken ? (
          <img
            src={url}
            alt={media.alt}
            loading="lazy"
            decoding="async"
            referrerPolicy="no-referrer"
            onError={() => setBroken(true)}
            className="h-full w-full object-contain"
          />
        ) : (
          <p className="flex h-full items-center justify-center p-3 text-center text-sm text-[var(--muted)]">
            <span>
              <Trans>
                <span className="font-medium">Picture not available:</span> <bdi>{alt}</bdi>
              </Trans>
            </span>
          </p>
        )}
      </div>
      {(media.caption || media.credit) && (
        <figcaption className="mt-1 text-xs text-[var(--muted)]">
          {media.caption && <bdi>{media.caption}</bdi>}
          {media.caption && media.credit && " "}
          {media.credit && (
            <span>
              (<bdi>{media.credit}</bdi>)
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
