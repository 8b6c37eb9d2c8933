import { t } from "@lingui/core/macro";
import { useLingui } from "@lingui/react";
import { Trans } from "@lingui/react/macro";
import { useId, useState, type ReactNode } from "react";
import { formatDateText } from "../domain/format-date";
import { DATE_LOCALE, isLanguage } from "../domain/locales";
import type { DatasetHeading } from "../domain/schema";
import { webUrl } from "../domain/urls";
import { Button } from "../ui/button";
import { asText } from "../ui/as-text";

/** The page header's box, shared by the explorer's header and the one shown while events load. */
export function HeaderFrame({ heading, children }: { heading: ReactNode; children?: ReactNode }) {
  return (
    <header className="border-b border-[var(--line)] bg-[var(--surface)] print:hidden">
      <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
        <div className="max-w-3xl">{heading}</div>
        {children}
      </div>
    </header>
  );
}

/**
 * The header of the default dataset while its events load: the same title, description and source, in
 * the same place, so the reader starts reading at once and nothing moves when the explorer arrives.
 */
export function LoadingHeader({ dataset }: { dataset: DatasetHeading }) {
  return <HeaderFrame heading={<HeadingText dataset={dataset} />} />;
}

/** The title, and on a phone the description's first lines with More for the rest and the source. */
export function HeadingText({ dataset }: { dataset: DatasetHeading }) {
  const [more, setMore] = useState(false);
  const restId = useId();
  return (
    <>
      <p className="text-xs font-semibold tracking-widest text-[var(--muted)] uppercase">{t`Timeline explorer`}</p>
      <h1 className="mt-1 font-serif text-3xl leading-tight font-bold break-words sm:text-4xl">{dataset.title}</h1>
      <div id={restId}>
        {dataset.description && (
          <p className={`mt-2 leading-relaxed text-[var(--muted)] ${more ? "" : "max-sm:line-clamp-2"}`}>
            {dataset.description}
          </p>
        )}
        <div className={more ? "" : "max-sm:hidden"}>
          <SourceLine dataset={dataset} />
        </div>
      </div>
      <Button
        variant="link"
        className="mt-1 sm:hidden"
        aria-expanded={more}
        aria-controls={restId}
        onClick={() => setMore(!more)}
      >
        {more ? (
          <Trans>
            Less<span className="sr-only"> about this timeline</span>
          </Trans>
        ) : (
          <Trans>
            More<span className="sr-only"> about this timeline</span>
          </Trans>
        )}
      </Button>
    </>
  );
}

/**
 * The article the timeline was drawn from: its title and publisher as written (in the dataset's language,
 * marked as such on a page in another), its date as the page writes dates.
 */
function SourceLine({ dataset }: { dataset: DatasetHeading }) {
  const { i18n } = useLingui();
  const source = dataset.source;
  if (!source) return null;
  const page = isLanguage(i18n.locale) ? i18n.locale : "en";
  const lang = dataset.language.toLowerCase().split("-")[0] === page ? undefined : dataset.language;
  const sourceUrl = webUrl(source.url, document.baseURI);
  const title = asText(source.title);
  const publisher = asText(source.publisher);
  const published = source.published ? formatDateText(source.published, { locale: DATE_LOCALE[page] }) : null;
  return (
    <p className="mt-2 text-sm text-[var(--muted)]">
      {sourceUrl ? (
        published ? (
          <Trans>
            Source article:{" "}
            <a href={sourceUrl} target="_blank" rel="noopener noreferrer" className="text-[var(--accent)] underline">
              “<bdi lang={lang}>{title}</bdi>”<span className="sr-only"> (opens in a new tab)</span>
            </a>
            , <bdi lang={lang}>{publisher}</bdi>, {published}
          </Trans>
        ) : (
          <Trans>
            Source article:{" "}
            <a href={sourceUrl} target="_blank" rel="noopener noreferrer" className="text-[var(--accent)] underline">
              “<bdi lang={lang}>{title}</bdi>”<span className="sr-only"> (opens in a new tab)</span>
            </a>
            , <bdi lang={lang}>{publisher}</bdi>
          </Trans>
        )
      ) : published ? (
        <Trans>
          Source article:{" "}
          <cite className="not-italic">
            “<bdi lang={lang}>{title}</bdi>”
          </cite>
          , <bdi lang={lang}>{publisher}</bdi>, {published}
        </Trans>
      ) : (
        <Trans>
          Source article:{" "}
          <cite className="not-italic">
            “<bdi lang={lang}>{title}</bdi>”
          </cite>
          , <bdi lang={lang}>{publisher}</bdi>
        </Trans>
      )}
    </p>
  );
}
