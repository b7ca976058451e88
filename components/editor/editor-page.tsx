import { getTranslations } from "next-intl/server";
import { PageHeader } from "./page-header";

type EditorPageProps = { title: string; lead?: string; back: string; children: React.ReactNode };

/** The frame of every new and edit page: its header with the way back to the room's list (`back`), then the editor. */
export async function EditorPage({ title, lead, back, children }: EditorPageProps) {
  const t = await getTranslations();
  return (
    <div>
      <PageHeader title={title} lead={lead} back={{ href: back, label: t("editor.common.back") }} />
      {children}
    </div>
  );
}
