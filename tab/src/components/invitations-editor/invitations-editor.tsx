import { Button, Field, Input } from '@fluentui/react-components';
import type { InvitationsEditorProps } from './invitations-editor.types';
import { useInvitationsEditor } from './use-invitations-editor';
import { useInvitationsEditorStyles } from './invitations-editor.styles';
import { PeopleSearch } from '../people-search';

/** Step 2 (leaders): named employees invited to apply, each with a note and a chat link. */
export function InvitationsEditor(props: InvitationsEditorProps) {
  const view = useInvitationsEditor(props);
  const styles = useInvitationsEditorStyles();
  const { t } = view;
  return (
    <fieldset className={styles.root} data-testid="invitations-editor">
      <legend className={styles.legend}>{t('invitations.heading')}</legend>
      <p className={styles.hint}>{t('invitations.hint')}</p>
      {view.value.length === 0 ? (
        <p className={styles.hint}>{t('invitations.none')}</p>
      ) : (
        <ul className={styles.list}>
          {view.value.map((inv, index) => (
            <li key={inv.invitee.userId} className={styles.item}>
              <span className={styles.name}>{inv.invitee.displayName}</span>
              <Field label={t('invitations.noteFor', { name: inv.invitee.displayName })}>
                <Input
                  value={inv.note}
                  maxLength={200}
                  onChange={(_e, d) => view.setNoteAt(index, d.value)}
                />
              </Field>
              <Button
                onClick={() => view.chat(inv.invitee.userId)}
                aria-label={t('invitations.chatNamed', { name: inv.invitee.displayName })}
              >
                {t('invitations.chat')}
              </Button>
              <Button
                appearance="subtle"
                onClick={() => view.remove(index)}
                aria-label={t('invitations.removeNamed', { name: inv.invitee.displayName })}
              >
                {t('invitations.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {view.searchIn && (
        <PeopleSearch
          programmeId={view.searchIn}
          chosenIds={view.ids}
          onChoose={view.invite}
          actionLabel={t('invitations.invite')}
        />
      )}
      {view.hasPicker && (
        <Button style={{ alignSelf: 'flex-start' }} onClick={() => void view.pick()}>
          {t('invitations.pick')}
        </Button>
      )}
      {view.pickFailed && (
        <p className={styles.hint} role="alert">
          {t('invitations.pickFailed')}
        </p>
      )}
      <p className={styles.hint} id="invitation-user-id-hint">
        {view.hasPicker || view.searchIn ? t('invitations.manualHint') : t('invitations.userIdHint')}
      </p>
      {view.duplicate && (
        <p className={styles.problem} role="alert">
          {t('invitations.duplicate')}
        </p>
      )}
      <div className={styles.add}>
        <Field label={t('invitations.name')}>
          <Input value={view.name} onChange={(_e, d) => view.setName(d.value)} />
        </Field>
        <Field label={t('invitations.userId')}>
          <Input
            value={view.userId}
            aria-describedby="invitation-user-id-hint"
            onChange={(_e, d) => view.setUserId(d.value)}
          />
        </Field>
        <Field label={t('invitations.note')}>
          <Input value={view.note} maxLength={200} onChange={(_e, d) => view.setNote(d.value)} />
        </Field>
        <Button disabled={!view.canAdd} onClick={view.add}>
          {t('invitations.add')}
        </Button>
      </div>
    </fieldset>
  );
}
