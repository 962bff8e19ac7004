export { InvitationsEditor } from './invitations-editor';
export type { InvitationDraft, InvitationsEditorProps } from './invitations-editor.types';
