/**
 * La versión en español de cada código de mensaje (Custom UI, página de administración). Independiente, para que la
 * interfaz cargue solo su idioma. Términos: espacio, elemento de trabajo, página, Atlassian Administration (docs/i18n.md).
 */
import { EFFECTIVE_DATE, IN_APP_REMOVAL_DAYS, MODEL_RETRAIN_DAYS, REVIEW_WINDOW_DAYS, ROLLOUT_BEGAN } from '../../policy/constants';
import type { Catalogue, ListMode, MessageParams, OnOff, StatusWord, Vocabulary } from './codes';
import { wordFor } from './lookup';

const setting = (id: string) => (id === 'metadata' ? 'metadatos' : 'datos de la aplicación');
const list = (mode: ListMode | 'default') => (mode === 'default' ? 'predeterminada' : mode === 'include' ? 'de inclusión' : 'de exclusión');
const onOff = (value: OnOff) => (value === 'on' ? 'activado' : 'desactivado');
const trial = (migration: unknown) => (migration === 1 ? 'prueba de migración a la nube' : 'prueba');
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const STATUS: Record<StatusWord, string> = { contributing: 'contribuye', 'not-contributing': 'no contribuye', pending: 'pendiente' };
const status = (s: StatusWord) => wordFor(STATUS, s) ?? s;
const target = (kind: string, key: string, v: Vocabulary, space = 'espacio') =>
  kind === 'app' ? v.app(key) : `${kind === 'connector' ? 'conector' : space} ${key}`;

function planCause(p: MessageParams['timeline.plan-changed'], v: Vocabulary): string {
  switch (p.cause) {
    case 'plan':
      return ` (${v.app(p.product)} con ${v.plan(p.plan)})`;
    case 'trial-started':
      return ` (empezó la ${trial(p.migration)} de ${v.app(p.product)} ${v.plan(p.plan)})`;
    case 'trial-ended':
      return ` (terminó la ${trial(p.migration)} de ${v.app(p.product)} ${v.plan(p.plan)})`;
    case 'removed':
      return ` (${v.app(p.product)} eliminado)`;
    case 'terminated':
      return ' (terminaron todas las suscripciones a la nube)';
    default:
      return '';
  }
}

const excluded = (p: { reason: string }, v: Vocabulary) =>
  `Excluida como organización con ${v.exclusion(p.reason)}: no se usan ni sus metadatos ni sus datos de la aplicación, y la contribución no se puede activar (R32).`;
const followsOrg = (on: boolean) => () =>
  `Los datos de la aplicación están ${on ? 'activados' : 'desactivados'} para la organización y este espacio sigue esa configuración.`;
const ignored = (why: string) => (p: { setting: string; date: string }, v: Vocabulary) =>
  `Se ignora la configuración de ${setting(p.setting)} registrada el ${v.date(p.date)}: ${why}`;
const stopped = (what: string) => (p: { terminated: number }) => `${p.terminated === 1 ? 'Organización cancelada: ' : ''}se detuvo la recopilación de ${what}.`;

const DEADLINE = {
  'in-app-removal': 'Los datos de la aplicación aportados deberían eliminarse a más tardar el',
  'models-retrained': 'Los modelos deberían volver a entrenarse sin esos datos a más tardar el',
  'review-window': 'El período de revisión tras el cambio de plan termina el',
  effective: 'La contribución de datos entra en vigor el',
} as const;

const DEADLINE_NAME = {
  inAppRemovalBy: 'Eliminación de los datos de la aplicación',
  modelsRetrainedBy: 'Nuevo entrenamiento de los modelos',
  reviewWindowEndsOn: 'Fin del período de revisión',
} as const;

export const es: Catalogue = {
  BEFORE_EFFECTIVE_DATE: (_, v) =>
    `Hasta el ${v.date(EFFECTIVE_DATE)} los datos solo se usan para mejorar la experiencia de esta organización; el estado previsto es el que se aplica el ${v.date(EFFECTIVE_DATE)} si nada cambia (R37).`,
  HIGHEST_PLAN: (p, v) =>
    `El plan activo más alto es ${v.plan(p.plan)}, de ${v.apps(p.products)}${p.trialsUntil ? ` (prueba hasta el ${v.dates(p.trialsUntil)})` : ''}. Determina los valores predeterminados de toda la organización.`,
  REVIEW_WINDOW_OPEN: (p, v) =>
    `Una prueba terminó el ${v.date(p.trialEndedOn)} y cambió el plan más alto; hasta el ${v.date(p.endsOn)} se siguen aplicando los ajustes del plan ${p.plan ? v.plan(p.plan) : 'anterior'}${p.newPlan ? `, mientras que lo que se puede cambiar ya sigue el nuevo plan ${v.plan(p.newPlan)}` : ''} (período de revisión de ${REVIEW_WINDOW_DAYS} días, R34; cómo se aplica es nuestra interpretación).`,
  TERMINATED_BEFORE_EFFECTIVE: (p, v) =>
    `La organización terminó sus suscripciones a la nube el ${v.date(p.date)}, antes del ${v.date(EFFECTIVE_DATE)}: no le afecta.`,
  ORGANIZATION_TERMINATED: (p, v) => `La organización terminó sus suscripciones a la nube el ${v.date(p.date)}; Atlassian deja de recopilar sus datos.`,
  NO_PRODUCT_WITH_SETTINGS: () =>
    'La organización no tiene ningún plan activo de Jira, Confluence o Jira Service Management, así que no tiene ajustes de contribución de datos y no aporta nada (R24).',
  EXCLUDED_GOVERNMENT_CLOUD: excluded,
  EXCLUDED_ISOLATED_CLOUD: excluded,
  EXCLUDED_CUSTOMER_MANAGED_KEYS: excluded,
  EXCLUDED_HIPAA: excluded,
  EXCLUDED_FINANCIAL_SERVICES: excluded,
  EXCLUDED_GOVERNMENT_ENTITY: excluded,
  METADATA_ALWAYS_ON: (p, v) => `Con el plan ${v.plan(p.plan)} los metadatos siempre se aportan y no se pueden desactivar; solo Enterprise permite excluirse.`,
  METADATA_TURNED_OFF: () => 'Un administrador de la organización desactivó la contribución de metadatos, algo que Enterprise permite.',
  METADATA_TURNED_ON: () => 'Un administrador de la organización confirmó la contribución de metadatos activada (Enterprise puede desactivarla).',
  METADATA_DEFAULT_ON_ENTERPRISE: () =>
    'Con Enterprise los metadatos se aportan de forma predeterminada; un administrador de la organización puede desactivarlos.',
  IN_APP_TURNED_OFF: () => 'Un administrador de la organización desactivó la contribución de datos de la aplicación.',
  IN_APP_TURNED_ON: () => 'Un administrador de la organización activó la contribución de datos de la aplicación.',
  IN_APP_DEFAULT_ON: (p, v) =>
    `Con el plan ${v.plan(p.plan)} los datos de la aplicación se aportan de forma predeterminada; un administrador de la organización puede desactivarlos.`,
  IN_APP_DEFAULT_OFF: (p, v) =>
    `Con el plan ${v.plan(p.plan)} los datos de la aplicación no se aportan de forma predeterminada; un administrador de la organización puede activarlos.`,
  IN_APP_EXCLUSIONS: (p, v) =>
    `${v.number(p.count)} ${plural(p.count, 'espacio, aplicación o conector está excluido', 'espacios, aplicaciones o conectores están excluidos')}; las aplicaciones de plataforma y el contenido de todo el sitio siguen la configuración de la organización (R18).`,
  IN_APP_INCLUSIONS: (p, v) =>
    `${v.number(p.count)} ${plural(p.count, 'espacio, aplicación o conector está incluido', 'espacios, aplicaciones o conectores están incluidos')}; las aplicaciones de plataforma y el contenido de todo el sitio siguen la configuración de la organización (R18).`,
  SPACE_APP_NOT_CONTRIBUTING: (p, v) =>
    `${v.app(p.app)} no es una aplicación activa con ajustes de contribución de datos en esta organización, así que no se aporta nada de este espacio.`,
  SPACE_EXCLUDED: (p) =>
    `Los datos de la aplicación están activados para la organización, y un administrador de la organización excluyó este espacio (${p.space}).`,
  SPACE_INCLUDED: (p) =>
    `Los datos de la aplicación están desactivados para la organización, y un administrador de la organización incluyó este espacio (${p.space}).`,
  SPACE_ALSO_JIRA: () => 'En estas listas, Contribution Lens trata los espacios de Jira (antes, proyectos) como los espacios de Confluence.',
  APP_EXCLUDED: (p, v) =>
    `Los datos de la aplicación están activados para la organización, y un administrador de la organización excluyó ${v.app(p.app)} por completo.`,
  APP_INCLUDED: (p, v) =>
    `Los datos de la aplicación están desactivados para la organización, y un administrador de la organización incluyó ${v.app(p.app)} por completo.`,
  SPACE_ENTRY_DORMANT: (p) =>
    `Este espacio está en la lista ${list(p.mode)}, que solo tiene efecto mientras los datos de la aplicación están ${p.mode === 'include' ? 'desactivados' : 'activados'}.`,
  SPACE_FOLLOWS_ORG_ON: followsOrg(true),
  SPACE_FOLLOWS_ORG_OFF: followsOrg(false),
  SPACE_REMOVAL_DEADLINE: (p, v) =>
    `La recopilación de este espacio se detuvo el ${v.date(p.date)}; los datos de la aplicación deberían eliminarse a más tardar el ${v.date(p.removalBy)} y los modelos volver a entrenarse a más tardar el ${v.date(p.retrainBy)}.`,
  ADMIN_UI_AUTHORITATIVE: () =>
    'Algunas organizaciones, incluidas algunas con requisitos de cumplimiento, ven otros valores predeterminados: lo que vale es Atlassian Administration › Seguridad › Contribución de datos. Confirma con regularidad que este perfil coincide.',
  ENTERPRISE_DEFAULT_DISPUTED: () =>
    'Según la prensa, Enterprise tiene los metadatos desactivados de forma predeterminada; la tabla de Atlassian dice activados, y Contribution Lens sigue esa tabla. Compruébalo en Atlassian Administration.',
  PLAN_WITHOUT_SETTINGS_NOT_COUNTED: (p, v) =>
    `${v.app(p.product)} está en ${v.plan(p.plan)}, pero las aplicaciones sin ajustes de contribución de datos no cuentan para el plan más alto (nuestra interpretación; Atlassian no lo ha dicho).`,
  SECTOR_FINANCIAL_MAY_BE_EXCLUDED: () =>
    'Algunos clientes de servicios financieros están excluidos, pero Atlassian no publica cuáles: compruébalo en Atlassian Administration y registra la exclusión si allí la contribución aparece desactivada y bloqueada.',
  SECTOR_EDUCATION_INCLUDED: () => 'Las instituciones educativas, incluidas las públicas, están incluidas y siguen su plan activo más alto.',
  SECTOR_GOVERNMENT_EXCLUDED: () =>
    'La organización está declarada como entidad gubernamental, algo que Atlassian excluye; contacta con el soporte de Atlassian para confirmarlo.',
  SECTOR_GOVERNMENT_EXCLUSION_LIFTED: (p, v) =>
    `La organización está declarada como entidad gubernamental, pero la exclusión de entidades gubernamentales se registró como no activa el ${v.date(p.date)}; Contribution Lens sigue ese hecho registrado, el más específico (nuestra interpretación). Contacta con el soporte de Atlassian para confirmarlo.`,
  CMEK_WITHOUT_ENTERPRISE: (p, v) =>
    `Las claves gestionadas por el cliente solo se ofrecen con Enterprise, pero el plan más alto declarado es ${v.plan(p.plan)}: revisa los planes declarados.`,
  SCOPE_ENTRIES_DORMANT: (p, v) =>
    `${v.number(p.count)} ${plural(p.count, `entrada ${list(p.mode)} no tiene`, `entradas ${list(p.mode)} no tienen`)} efecto mientras los datos de la aplicación están ${p.mode === 'include' ? 'activados' : 'desactivados'}; en este modo Atlassian ofrece ${p.mode === 'include' ? 'exclusiones' : 'inclusiones'}.`,
  METADATA_REMOVAL_UNKNOWN: () =>
    'Ningún texto de Atlassian da un plazo de eliminación de los metadatos tras excluirse; un informe habla de 90 días para los atributos de contenido.',
  TRIAL_ENDS: (p, v) =>
    `${v.app(p.product)} está en una ${trial(p.migration)} de ${v.plan(p.plan)} hasta el ${v.date(p.endsOn)}; si entonces cambia el plan más alto, habrá ${REVIEW_WINDOW_DAYS} días para revisar los ajustes.`,
  CHOICE_DROPPED_ON_PLAN_CHANGE: (p, v) =>
    p.future === 1
      ? `El ${v.date(p.date)} el plan que rige los ajustes pasará a ser ${v.plan(p.plan)}, que no permite cambiar los metadatos; la elección anterior «${onOff(p.value)}» de metadatos dejará de aplicarse.`
      : `El ${v.date(p.date)} el plan que rige los ajustes pasó a ser ${v.plan(p.plan)}, que no permite cambiar los metadatos; la elección anterior «${onOff(p.value)}» de metadatos ya no se aplica.`,
  CONFLICTING_SETTINGS_SAME_DAY: (p, v) =>
    `Se registraron «activado» y «desactivado» para los ${setting(p.setting)} el ${v.date(p.date)}; Contribution Lens supone «activado», la lectura que nunca subestima la contribución. Registra de nuevo el valor final para resolverlo.`,
  SETTING_BEFORE_ROLLOUT: (p, v) =>
    `Se ignora la configuración de ${setting(p.setting)} registrada el ${v.date(p.date)}: los ajustes no existían antes del ${v.date(p.rolloutBegan ?? ROLLOUT_BEGAN)}.`,
  SETTING_IGNORED_EXCLUDED: ignored('una organización excluida no puede activar la contribución ni cambiar sus ajustes.'),
  SETTING_KEPT_WHILE_EXCLUDED: (p, v) =>
    `Se mantiene la exclusión voluntaria de ${setting(p.setting)} registrada el ${v.date(p.date)}, mientras la organización estaba excluida: se aplica si la exclusión termina (nuestra interpretación).`,
  SETTING_APPLIES_AFTER_WINDOW: (p, v) =>
    `Se mantiene la configuración de ${setting(p.setting)} «${onOff(p.value)}» registrada el ${v.date(p.date)}: el nuevo plan ${v.plan(p.plan)} la permite, y ${p.future === 1 ? 'se aplicará desde el' : 'se aplica desde el'} ${v.date(p.endsOn)}, fin del período de revisión (nuestra interpretación).`,
  SETTING_IGNORED_NO_PLAN: ignored('la organización no tenía entonces ningún plan de Jira, Confluence o Jira Service Management.'),
  SETTING_IGNORED_LOCKED: (p, v) =>
    `Los metadatos no se pueden ${p.value === 'on' ? 'activar' : 'desactivar'} con el plan ${v.plan(p.plan)}; se ignora la configuración registrada el ${v.date(p.date)} (solo Enterprise permite excluir los metadatos).`,
  PLATFORM_APP_SCOPE_IGNORED: (p, v) =>
    `Se ignora la entrada ${list(p.mode)} de la aplicación de plataforma «${v.app(p.app)}» (${v.date(p.date)}): las aplicaciones de plataforma siempre siguen la configuración de la organización.`,
  APP_WITHOUT_SETTINGS_SCOPE_IGNORED: (p, v) =>
    `Se ignora la entrada ${list(p.mode)} de «${v.app(p.app)}» (${v.date(p.date)}): esa aplicación no tiene ajustes de contribución de datos y nunca aporta datos.`,

  'timeline.settings-available': (_, v) =>
    `Ajustes de contribución de datos disponibles para todas las organizaciones (el despliegue empezó el ${v.date(ROLLOUT_BEGAN)}).`,
  'timeline.effective': () => 'Atlassian empieza a usar los datos aportados para mejorar sus aplicaciones para todos los clientes.',
  'timeline.plan-changed': (p, v) => `Plan activo más alto: ${v.plan(p.from)} → ${v.plan(p.to)}${planCause(p, v)}.`,
  'timeline.trial-ended': (p, v) =>
    `Terminó la ${trial(p.migration)} de ${v.app(p.product)} ${v.plan(p.plan)}${p.then === 'none' ? '; la aplicación salió de la organización' : `; ahora ${v.plan(p.then)}`}.`,
  'timeline.review-window-ends': (p, v) =>
    p.closedEarly === 1
      ? `El período de revisión tras la prueba terminada el ${v.date(p.trialEndedOn)} se cerró antes: un cambio posterior del plan más alto se aplica desde esta fecha.`
      : `Fin del período de revisión de ${REVIEW_WINDOW_DAYS} días tras la prueba terminada el ${v.date(p.trialEndedOn)}: desde aquí se aplican los ajustes del nuevo plan.`,
  'timeline.setting-changed:exclusion': (p, v) => `Exclusión ${p.active === 1 ? 'registrada' : 'terminada'}: ${v.exclusion(p.reason)}.`,
  'timeline.setting-changed:setting': (p) =>
    `Un administrador de la organización ${p.value === 'on' ? 'activó' : 'desactivó'} los ${p.setting === 'metadata' ? 'metadatos' : 'datos de la aplicación'}.`,
  'timeline.setting-changed:scope': (p, v) =>
    p.mode === 'default'
      ? `Datos de la aplicación: ${target(p.kind, p.key, v)} vuelve a la configuración de la organización.`
      : `Datos de la aplicación: ${target(p.kind, p.key, v)} ${p.mode === 'include' ? 'incluido' : 'excluido'}.`,
  'timeline.collection-stopped:metadata': stopped('metadatos'),
  'timeline.collection-stopped:in-app': stopped('datos de la aplicación'),
  'timeline.collection-stopped:app-removed': (p, v) => `${v.app(p.app)} eliminado: se detuvo la recopilación de sus datos.`,
  'timeline.collection-stopped:target': (p, v) =>
    `${target(p.kind, p.key, v, 'Espacio')}${p.others > 0 ? ` y ${v.number(p.others)} más` : ''}: se detuvo la recopilación de datos de la aplicación.`,
  'timeline.collection-stopped:app-excluded': (p, v) => `${v.app(p.app)}: se detuvo la recopilación de datos de la aplicación (aplicación excluida).`,
  'timeline.in-app-removal-deadline': (p, v) =>
    `Los datos de la aplicación de la detención del ${v.date(p.stop)} se eliminan de los conjuntos de datos a más tardar en esta fecha (${IN_APP_REMOVAL_DAYS} días).`,
  'timeline.model-retrain-deadline': (p, v) =>
    `Los modelos entrenados con datos anteriores a la detención del ${v.date(p.stop)} se vuelven a entrenar a más tardar en esta fecha (${MODEL_RETRAIN_DAYS} días).`,
  'timeline.retention-ends': (p, v) =>
    p.lastContribution !== undefined
      ? `Hasta ${v.number(p.years)} años después de la última contribución, del ${v.date(p.lastContribution)}: la fecha límite en que se pueden conservar datos aportados.`
      : `Hasta ${v.number(p.years)} años después de la primera contribución, del ${v.date(p.firstContribution)}: los datos aportados ese día se pueden conservar hasta esta fecha; los aportados después, hasta ${v.number(p.years)} años desde su propia fecha${p.ongoing === 1 ? ', así que el horizonte avanza mientras continúe la contribución' : ''}.`,

  'alert.PROFILE_EMPTY': () => 'Aún no hay planes ni ajustes declarados, así que el estado se basa solo en los valores predeterminados.',
  'alert.DEADLINE_SOON': (p, v) =>
    `${wordFor(DEADLINE, p.deadline) ?? DEADLINE.effective} ${v.date(p.on)} (en ${v.number(p.days)} ${plural(p.days, 'día', 'días')}).`,
  'alert.REVIEW_WINDOW_OPEN': (p, v) =>
    `Un cambio de plan abrió un período de revisión hasta el ${v.date(p.on)}: revisa antes los ajustes de contribución de datos en Atlassian Administration.`,
  'alert.ATTESTATION_MISSING': () => 'Ningún administrador ha confirmado aún que el perfil declarado coincide con Atlassian Administration.',
  'alert.ATTESTATION_STALE': (p, v) =>
    `El perfil se confirmó por última vez hace ${v.number(p.days)} días (${v.date(p.on)}); vuelve a confirmarlo al menos cada ${v.number(p.maxDays)} días.`,
  'alert.LICENSE_MISMATCH': (p, v) =>
    `Jira indica una licencia ${p.license === 'paid' ? 'de pago' : 'Free'}, pero el plan de Jira declarado es ${v.plan(p.plan)}. Revisa Atlassian Administration › Aplicaciones y registra el plan correcto.`,
  'alert.APP_ACCESS_BLOCKED': (p, v) =>
    `Las reglas de acceso de aplicaciones impiden a Contribution Lens acceder a parte del contenido de ${v.app(p.product)}; allí no se muestran avisos.`,
  'alert.APP_ACCESS_UNCHECKED': (p, v) =>
    `No se pudo comprobar si las reglas de acceso de aplicaciones impiden a Contribution Lens acceder al contenido de ${v.app(p.product)} (${p.reason}); pueden faltar avisos allí. La comprobación diaria lo vuelve a intentar.`,

  'difference.excluded': (p) =>
    p.excluded === 1 ? 'La organización pasa a estar excluida de la contribución de datos.' : 'La organización ya no está excluida.',
  'difference.highest-plan': (p, v) => `Plan activo más alto: ${v.plan(p.from)} → ${v.plan(p.to)}.`,
  'difference.metadata': (p) => `Metadatos: ${status(p.from)} → ${status(p.to)}.`,
  'difference.in-app': (p) => `Datos de la aplicación: ${status(p.from)} → ${status(p.to)}.`,
  'difference.app-joined': (p, v) => `${v.app(p.app)}: ahora forma parte de la organización.`,
  'difference.app-in-app': (p, v) => `Datos de la aplicación de ${v.app(p.app)}: ${status(p.from)} → ${status(p.to)}.`,
  'difference.entries': (p, v) => `Entradas de inclusión/exclusión en vigor: ${v.number(p.from)} → ${v.number(p.to)}.`,
  'difference.deadline': (p, v) => `Plazo «${DEADLINE_NAME[p.deadline]}»: ${p.from ? v.date(p.from) : 'ninguno'} → ${p.to ? v.date(p.to) : 'ninguno'}.`,
};
