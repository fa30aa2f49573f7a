/** Notice texts, Spanish. "Space" is «espacio», as in Atlassian's Spanish UI. */
import type { NoticeStrings } from '../strings';

const es: NoticeStrings = {
  title: 'Contribución de datos a la IA',
  status: { contributing: 'Contribuye', 'not-contributing': 'No contribuye', pending: 'Pendiente' },
  sentence: {
    contributing: 'El contenido de este espacio se usa para mejorar la IA de Atlassian para todos los clientes.',
    'not-contributing': 'El contenido de este espacio no se usa para mejorar la IA de Atlassian.',
    pending: 'Está a punto de cambiar si el contenido de este espacio se usa para mejorar la IA de Atlassian.',
  },
  pendingTowards: {
    contributing: 'Se acerca un cambio: el contenido de este espacio se usará para mejorar la IA de Atlassian para todos los clientes.',
    'not-contributing': 'Se acerca un cambio: el contenido de este espacio no se usará para mejorar la IA de Atlassian.',
  },
  metadata: {
    contributing: 'Los metadatos sobre el uso de este sitio también ayudan a mejorar la IA de Atlassian.',
    'not-contributing': 'Los metadatos sobre el uso de este sitio no se usan para mejorar la IA de Atlassian.',
    pending: 'Está a punto de cambiar si se incluyen los metadatos sobre el uso de este sitio.',
  },
  removalBy: (date) => `El contenido ya recopilado se eliminará antes del ${date}.`,
  updatedOn: (date) => `Última actualización: ${date}`,
  nothingPublished: 'Tu administrador no ha publicado ningún aviso de contribución de datos para este espacio.',
  learnMore: 'Más información',
  dismiss: 'Descartar',
  loading: 'Cargando el estado de contribución de datos…',
  loadFailed: 'No se ha podido cargar el estado de contribución de datos. Inténtalo de nuevo más tarde.',
};

export default es;
