/**
 * Space/project page texts, Spanish. `content` carries its article (las páginas, los elementos de trabajo). Jira projects are «espacios» and issues «elementos de trabajo»; Confluence
 * has «espacios» and «páginas» (see docs/i18n.md).
 */
import { UI_STRINGS } from '../ui/strings';
import { uiWordsOf, type SpaceMessages } from './space.en';

const es: SpaceMessages = {
  ui: uiWordsOf(UI_STRINGS.es),
  appTitle: 'Contribución de datos',
  loading: 'Cargando el estado de contribución de datos de este espacio…',
  loadFailed: 'No se ha podido cargar el estado de contribución de datos.',
  loadFailedDetail: (detail) => `Detalles: ${detail}`,
  unsupportedSurface: 'Esta página solo funciona como página de espacio de Jira o Confluence.',
  product: {
    jira: { app: 'Jira', spaceLabel: (key) => `Espacio de Jira ${key}`, content: 'los elementos de trabajo' },
    confluence: { app: 'Confluence', spaceLabel: (key) => `Espacio de Confluence ${key}`, content: 'las páginas' },
  },
  intro: (p) =>
    `Desde el 17 de agosto de 2026, Atlassian usa datos de sus clientes para mejorar su IA para todos los clientes. Esta página muestra qué se aplica a ${p.content} de este espacio y por qué.`,
  asOf: (day) => `Estado a ${day}`,
  sourceOf: (rule) => `para ${rule}`,
  rule: (id) => `Regla ${id}`,
  summaryHeading: 'Resumen',
  inAppHeading: 'Datos de la aplicación de este espacio',
  inAppSentence: {
    contributing: (p) => `El contenido de ${p.content} de este espacio se usa para mejorar la IA de Atlassian para todos los clientes.`,
    'not-contributing': (p) => `El contenido de ${p.content} de este espacio no se usa para mejorar la IA de Atlassian.`,
    pending: (p) => `Lo que ocurre con el contenido de ${p.content} de este espacio se decide el 17 de agosto de 2026.`,
  },
  projected: (status) => `A partir del 17 de agosto de 2026, si nada cambia: ${status}`,
  since: (day) => `Desde el ${day}`,
  mode: {
    include: 'Este espacio está en la lista de inclusión de la organización.',
    exclude: 'Este espacio está en la lista de exclusión de la organización.',
    default: 'Este espacio sigue la configuración de la organización (no está en ninguna lista de inclusión ni de exclusión).',
  },
  metadataHeading: 'Metadatos',
  metadataSentence: {
    contributing: 'Los metadatos sobre el contenido de esta organización se usan para mejorar la IA de Atlassian.',
    'not-contributing': 'Los metadatos sobre el contenido de esta organización no se usan para mejorar la IA de Atlassian.',
    pending: 'Si se usan los metadatos se decide el 17 de agosto de 2026.',
  },
  metadataOrgOnly:
    'Se configura para toda la organización. No se puede cambiar para un solo espacio: los metadatos no tienen control por espacio ni por aplicación.',
  orgExcludedTitle: 'Esta organización está excluida',
  orgExcludedBody: 'Atlassian no usa ningún dato de esta organización y la contribución no se puede activar.',
  appAccessBlockedTitle: 'Contribution Lens no puede leer este espacio',
  appAccessBlockedBody:
    'Las reglas de acceso de aplicaciones impiden que esta aplicación acceda a este espacio. El estado mostrado sigue el perfil declarado de la organización, pero la aplicación no puede mostrar nada del interior del espacio.',
  reasonsHeading: 'Por qué',
  deadlinesHeading: 'Plazos y cronología',
  noDeadlines: 'No se aplica ningún plazo de eliminación a este espacio.',
  timelineHeading: 'Cronología',
  timelineDate: 'Fecha',
  timelineEvent: 'Qué ocurre',
  timelineConfidence: 'Fiabilidad y fuente',
  examplesHeading: (p) => `Qué se considera datos en ${p.app}`,
  examplesIntro: 'Atlassian distingue dos tipos de datos. Ejemplos de esta aplicación:',
  inAppExamplesHeading: 'Datos de la aplicación',
  inAppExamplesIntro: 'El contenido que crean las personas. Los administradores de la organización lo controlan por espacio.',
  metadataExamplesHeading: 'Metadatos',
  metadataExamplesIntro: 'Características del contenido y patrones comunes entre clientes. Solo a nivel de organización.',
  examples: {
    'confluence-page-titles-bodies': 'Títulos y contenido de las páginas',
    'confluence-comments': 'Comentarios en las páginas',
    'custom-status-names': 'Nombres de estados personalizados',
    'custom-emoji-names': 'Nombres de emojis personalizados',
    'jira-titles': 'Títulos de elementos de trabajo, como «Corregir el error de inicio de sesión en iOS tras la última actualización móvil»',
    'jira-descriptions': 'Descripciones de elementos de trabajo',
    'jira-comments': 'Comentarios en elementos de trabajo',
    'jira-workflow-names': 'Nombres de flujos de trabajo personalizados',
    'confluence-readability': 'Puntuaciones de legibilidad y niveles de complejidad del contenido de las páginas',
    'confluence-similarity': 'Puntuaciones de similitud semántica entre dos páginas',
    'content-statistics': 'Estadísticas, números y otros valores derivados de tu contenido',
    'common-patterns-queries': 'Patrones comunes entre clientes, por ejemplo en consultas de búsqueda y peticiones a Rovo Chat',
    'jira-story-points': 'Números en campos de Atlassian, como «Puntos de historia: 3»',
    'jira-work-item-type': 'El tipo de elemento de trabajo',
    'jira-sprint-end': 'Fechas en campos de Atlassian, como la fecha de fin del sprint',
    'jira-classification': 'Clasificaciones de tareas, como «elemento de trabajo de ventas»',
    'jira-request-sla': 'SLA de solicitudes en Jira Service Management',
    'jira-type-names': 'Nombres habituales de tipos de elemento de trabajo personalizados, como «error» o «incidencia de reparación»',
  },
  concernHeading: 'Consultar a los administradores de la organización',
  concernIntro: (p) =>
    `Como administrador de este espacio, puedes plantear una inquietud o pedir a los administradores de la organización que excluyan o incluyan este espacio. Solo los administradores de la organización pueden cambiar la contribución de datos, en Atlassian Administration. ${p.app} les muestra tu mensaje en Contribution Lens.`,
  concernKindLegend: '¿Qué quieres pedir?',
  concernKind: {
    concern: 'Plantear una inquietud',
    exclude: 'Pedir que se excluya este espacio',
    include: 'Pedir que se incluya este espacio',
  },
  concernKindLabel: {
    concern: 'Inquietud sobre este espacio',
    exclude: 'Solicitud: excluir este espacio de la contribución de datos de la aplicación',
    include: 'Solicitud: incluir este espacio en la contribución de datos de la aplicación',
  },
  concernMessageLabel: 'Mensaje para los administradores de la organización',
  concernMessageHelp: 'Explica el motivo, en texto sin formato.',
  concernCharactersLeft: (left) => `Quedan ${left} caracteres`,
  concernMessageRequired: 'Escribe un mensaje.',
  concernMessageTooLong: (max) => `El mensaje debe tener como máximo ${max} caracteres.`,
  concernSubmit: 'Enviar a los administradores',
  concernSending: 'Enviando…',
  concernSent: 'Enviado. Los administradores de la organización verán tu mensaje en Contribution Lens; su respuesta aparecerá abajo.',
  concernFailed: (detail) => `Tu mensaje no se ha enviado: ${detail}`,
  concernForbidden: 'Solo los administradores de este espacio pueden enviar solicitudes a los administradores de la organización.',
  concernRateLimited: 'Demasiadas solicitudes. Espera un momento y vuelve a intentarlo.',
  myConcernsHeading: 'Tus solicitudes para este espacio',
  myConcernsEmpty: 'No has enviado ninguna solicitud para este espacio.',
  myConcernsFailed: 'No se han podido cargar tus solicitudes anteriores.',
  concernState: { open: 'Esperando respuesta', answered: 'Respondida', resolved: 'Resuelta' },
  concernRaisedAt: (when) => `Enviada el ${when}`,
  concernAnswer: 'Respuesta de los administradores de la organización',
  concernAnsweredAt: (when) => `Respondida el ${when}`,
  concernResolution: 'Nota de resolución',
  concernResolvedAt: (when) => `Resuelta el ${when}`,
  readOnlyNote:
    'Solo los administradores de este espacio pueden enviar solicitudes a los administradores de la organización. Pide ayuda a uno de ellos si tienes alguna inquietud.',
  legendHeading: '¿Qué grado de certeza hay?',
  footer:
    'Contribution Lens lo calcula a partir del perfil de organización que declararon sus administradores. Lo que figura en Atlassian Administration › Seguridad › Contribución de datos es lo que prevalece.',
  explain: {
    pending: () =>
      'Hasta el 17 de agosto de 2026, los datos solo se usan para mejorar la experiencia de esta organización. Si nada cambia, se aplica el estado indicado para ese día.',
    orgExcluded: () =>
      'Atlassian excluye a esta organización (por ejemplo, Government Cloud, Isolated Cloud o cumplimiento de HIPAA): no se usa ninguno de sus datos y la contribución no se puede activar.',
    appNotActive: (x) =>
      `${x.words.app} no es una aplicación activa con configuración de contribución de datos en esta organización, así que no se aporta nada de este espacio.`,
    spaceExcluded: () => 'Los datos de la aplicación están activados para la organización, pero un administrador de la organización excluyó este espacio.',
    spaceIncluded: () => 'Los datos de la aplicación están desactivados para la organización, pero un administrador de la organización incluyó este espacio.',
    jiraSpacesInLists: () =>
      'Las listas de inclusión y exclusión de Atlassian hablan de «espacios». Contribution Lens entiende que también incluyen los espacios de Jira.',
    followsOrgOn: () => 'Los datos de la aplicación están activados para la organización y este espacio sigue esa configuración.',
    followsOrgOff: () => 'Los datos de la aplicación están desactivados para la organización y este espacio sigue esa configuración.',
    followsAppOn: (x) => `Los datos de la aplicación están activados para ${x.words.app} en esta organización y este espacio sigue esa configuración.`,
    followsAppOff: (x) => `Los datos de la aplicación están desactivados para ${x.words.app} en esta organización y este espacio sigue esa configuración.`,
    dormantInclude: () => 'Este espacio está en la lista de inclusión, que solo tiene efecto mientras los datos de la aplicación están desactivados.',
    dormantExclude: () => 'Este espacio está en la lista de exclusión, que solo tiene efecto mientras los datos de la aplicación están activados.',
    removal: (x) => `Los datos de la aplicación ya recopilados deben eliminarse antes del ${x.date}.`,
    unknownCode: (x) =>
      `El perfil de la organización asigna a este espacio el código de estado ${x.code}, que esta página no conoce. Consulta a un administrador de la organización.`,
    metadataPending: () => 'Hasta el 17 de agosto de 2026, los metadatos solo se usan para mejorar la experiencia de esta organización.',
    metadataByPlan: () =>
      'Los metadatos siguen el plan activo más alto de la organización: siempre se aportan con Free, Standard y Premium; con Enterprise están activados por defecto y un administrador de la organización puede desactivarlos.',
  },
  timeline: {
    effective: () => 'Atlassian empieza a usar los datos aportados para mejorar su IA para todos los clientes.',
    since: () => 'La configuración actual de datos de la aplicación de la organización se aplica desde este día.',
    inAppRemovalBy: () => 'Los datos de la aplicación recopilados antes de la última desactivación se eliminan antes de esta fecha.',
    modelsRetrainedBy: () => 'Los modelos entrenados con esos datos se vuelven a entrenar antes de esta fecha.',
  },
};

export default es;
