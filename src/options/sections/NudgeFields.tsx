import { NUDGE_STYLES, validMinutes, type EarnedLeisure, type NudgeStyle } from '../../core/tracking/settings';
import { t } from '../../ui/i18n';
import { NumberField } from '../../ui/NumberField';

const DEFAULT_RATE: EarnedLeisure = { learningMinutes: 10, playMinutes: 5 };

/**
 * How a spent budget is told (the card, a notification, or not at all), and earned leisure:
 * learning done adds play minutes to today's budget, off unless the person turns it on.
 */
export function NudgeFields({
  style,
  earned,
  onStyle,
  onEarned,
}: {
  style: NudgeStyle;
  earned: EarnedLeisure | null;
  onStyle: (style: NudgeStyle) => void;
  onEarned: (earned: EarnedLeisure | null) => void;
}) {
  const rate = (field: keyof EarnedLeisure) => (text: string) => {
    const minutes = validMinutes(text);
    if (earned && minutes !== null) onEarned({ ...earned, [field]: minutes });
  };
  return (
    <>
      <fieldset class="nudge-style" data-testid="sites-nudge-style">
        <legend>{t('nudgeStyleLegend')}</legend>
        {NUDGE_STYLES.map((s) => (
          <label key={s} class="radio-row">
            <input type="radio" name="nudge-style" value={s} checked={style === s} onChange={() => onStyle(s)} />
            {t(`nudgeStyle_${s}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="earned-leisure" data-testid="sites-earned">
        <legend>{t('earnedLegend')}</legend>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={earned !== null}
            onChange={(e) => onEarned(e.currentTarget.checked ? DEFAULT_RATE : null)}
          />
          {t('earnedOn')}
        </label>
        <p class="muted">{t('earnedHelp')}</p>
        {earned && (
          <p class="earned-rate">
            <label for="earned-learning">{t('earnedLearning')}</label>
            <NumberField
              id="earned-learning"
              min={1}
              max={1440}
              value={earned.learningMinutes}
              onCommit={rate('learningMinutes')}
            />
            <label for="earned-play">{t('earnedPlay')}</label>
            <NumberField
              id="earned-play"
              min={1}
              max={1440}
              value={earned.playMinutes}
              onCommit={rate('playMinutes')}
            />
          </p>
        )}
      </fieldset>
    </>
  );
}
