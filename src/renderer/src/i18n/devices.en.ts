// Devices screen strings (English). zh is typed by this shape through screens.ts.
export const devicesEn = {
  add: 'Add device',
  count_one: '{{count}} terminal',
  count_other: '{{count}} terminals',
  tableLabel: 'Terminals',
  col: {
    name: 'Terminal',
    model: 'Model / firmware',
    state: 'State',
    capabilities: 'Can hold',
    drift: 'Clock drift',
    lastSeen: 'Last seen',
    actions: 'Actions',
  },
  health: {
    unknown: 'Checking…',
    online: 'Online',
    offline: 'Offline',
    locked: 'Locked',
    authFailed: 'Wrong password',
    notActivated: 'Not activated',
  },
  unlocksIn: 'unlocks in {{time}}',
  caps: { card: 'Card', fingerprint: 'Fingerprint', face: 'Face', iris: 'Iris' },
  noCaps: 'Not read yet',
  drift: '{{sign}}{{seconds}} s',
  driftUnknown: '—',
  driftFar: 'The terminal’s clock is off by more than a minute: sync its time.',
  never: 'Never',
  actionsFor: 'Actions for {{name}}',
  checkNow: 'Check now',
  syncTime: 'Sync time',
  openDoor: 'Open door',
  edit: 'Edit',
  remove: 'Remove',
  added: '{{name}} was added and answers.',
  saved: 'Changes to {{name}} were checked and saved.',
  checked: '{{name}} was checked: {{state}}.',
  timeSynced: '{{name}}’s clock now follows the station.',
  doorOpened: 'The door of {{name}} was opened.',
  removed: '{{name}} was removed. Persons stay in the roster.',
  removeTitle: 'Remove {{name}}?',
  removeBody:
    'The station forgets {{name}} and its saved password. Persons stay in the roster and on the terminal itself; add it again to manage them.',
  removeConfirm: 'Remove terminal',
  working: '{{action}} on {{name}}…',
  emptyTitle: 'No terminals yet',
  emptyBody:
    'Add a terminal with its address and admin account; the station checks the login once before saving it. No hardware at hand? Start the demo site: three simulated terminals and sample persons.',
  startDemo: 'Start the demo site',
  demoStarted: 'Demo site started: {{devices}} terminals and {{persons}} sample persons.',
  dialog: {
    addTitle: 'Add a terminal',
    editTitle: 'Edit {{name}}',
    name: 'Name',
    namePlaceholder: 'Front door',
    host: 'Address',
    hostPlaceholder: '192.168.1.64',
    port: 'Port',
    protocol: 'Protocol',
    username: 'User name',
    password: 'Password',
    showPassword: 'Show or hide the password',
    passwordKeep: 'Leave empty to keep the saved password',
    site: 'Site',
    siteHint: 'Optional: groups terminals for assignment rules (site:<name>).',
    checkAndAdd: 'Check and add',
    checkAndSave: 'Save',
    checking: 'Checking the connection… (one login attempt)',
    oneAttempt:
      'The station tries the login once. Terminals lock the account after a few wrong passwords, so check the password before retrying.',
  },
  problem: {
    AUTH_FAILED:
      'Wrong user name or password: the terminal refused the login. It counts failed attempts and locks the account after a few, so check the password before trying again.',
    DEVICE_LOCKED:
      'The terminal has locked this account for about {{minutes}} min after too many wrong passwords. Wait until then, or unlock it on the terminal’s own screen.',
    DEVICE_LOCKED_unknown:
      'The terminal has locked this account after too many wrong passwords. Wait a while, or unlock it on the terminal’s own screen.',
    PERMISSION_DENIED:
      'This account may log in but lacks permission to manage persons. Use the terminal’s admin account.',
    NOT_ACTIVATED:
      'The terminal is not activated yet. Activate it first (set its admin password with SADP or its web page), then add it.',
    CERT_CHANGED:
      'The terminal’s certificate is not the one seen before. If the terminal was replaced or reset, remove it and add it again; otherwise someone may be intercepting the connection.',
    OFFLINE:
      'The terminal is unreachable at {{address}}. Check the address and port, that it is powered on, and that this computer is on the same network.',
    TIMEOUT:
      'The terminal at {{address}} did not answer in time. Check the network, then try again.',
    CONFLICT: 'This address is already in the list: {{detail}}',
    NOT_SUPPORTED:
      'This device does not speak the access-control protocol the station needs (ISAPI). Is it an access-control terminal?',
  },
} as const
