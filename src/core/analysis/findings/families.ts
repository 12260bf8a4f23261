// Module families that do the same job: two of them in one build usually mean
// two ways of doing one thing. Curated data: add a family or a member here.
// Members are module paths without their major suffix (gopkg.in/yaml covers
// gopkg.in/yaml.v2 and .v3; majors of one module are duplicate-major instead).

export interface LibraryFamily {
  /** What the members do, shown in the finding. */
  job: string;
  modules: string[];
}

export const LIBRARY_FAMILIES: LibraryFamily[] = [
  {
    job: 'YAML',
    modules: ['gopkg.in/yaml', 'go.yaml.in/yaml', 'sigs.k8s.io/yaml', 'github.com/ghodss/yaml', 'github.com/goccy/go-yaml', 'github.com/invopop/yaml'],
  },
  {
    job: 'JSON encoding',
    modules: [
      'github.com/json-iterator/go', 'github.com/goccy/go-json', 'github.com/bytedance/sonic', 'github.com/mailru/easyjson',
      'github.com/segmentio/encoding', 'github.com/pquerna/ffjson', 'github.com/francoispqt/gojay', 'github.com/valyala/fastjson',
      'github.com/buger/jsonparser', 'github.com/go-json-experiment/json',
    ],
  },
  {
    job: 'logging',
    modules: [
      'github.com/sirupsen/logrus', 'go.uber.org/zap', 'github.com/rs/zerolog', 'github.com/go-kit/log', 'github.com/golang/glog',
      'k8s.io/klog', 'github.com/inconshreveable/log15', 'gopkg.in/inconshreveable/log15', 'github.com/apex/log',
      'github.com/hashicorp/go-hclog', 'github.com/phuslu/log', 'github.com/op/go-logging', 'github.com/charmbracelet/log',
    ],
  },
  {
    job: 'UUID',
    modules: ['github.com/google/uuid', 'github.com/gofrs/uuid', 'github.com/satori/go.uuid', 'github.com/pborman/uuid', 'github.com/hashicorp/go-uuid'],
  },
  {
    job: 'JWT / JOSE',
    modules: [
      'github.com/golang-jwt/jwt', 'github.com/dgrijalva/jwt-go', 'github.com/form3tech-oss/jwt-go', 'github.com/lestrrat-go/jwx',
      'gopkg.in/square/go-jose', 'github.com/square/go-jose', 'github.com/go-jose/go-jose', 'github.com/cristalhq/jwt', 'github.com/pascaldekloe/jwt',
    ],
  },
  {
    job: 'errors',
    modules: [
      'github.com/pkg/errors', 'github.com/cockroachdb/errors', 'emperror.dev/errors', 'github.com/go-errors/errors',
      'github.com/rotisserie/eris', 'golang.org/x/xerrors', 'github.com/hashicorp/go-multierror', 'go.uber.org/multierr',
    ],
  },
  {
    job: 'test assertions',
    modules: [
      'github.com/stretchr/testify', 'github.com/onsi/gomega', 'gotest.tools', 'github.com/alecthomas/assert', 'github.com/frankban/quicktest',
      'github.com/matryer/is', 'github.com/smartystreets/goconvey', 'github.com/smarty/assertions', 'github.com/smartystreets/assertions',
      'gopkg.in/check', 'github.com/go-check/check',
    ],
  },
  {
    job: 'HTTP routing',
    modules: [
      'github.com/gorilla/mux', 'github.com/julienschmidt/httprouter', 'github.com/go-chi/chi', 'github.com/gin-gonic/gin',
      'github.com/labstack/echo', 'github.com/gofiber/fiber', 'github.com/emicklei/go-restful', 'github.com/beego/beego',
      'github.com/bmizerany/pat', 'github.com/dimfeld/httptreemux', 'github.com/go-martini/martini',
    ],
  },
  {
    job: 'command-line flags',
    modules: [
      'github.com/spf13/cobra', 'github.com/urfave/cli', 'github.com/alecthomas/kingpin', 'gopkg.in/alecthomas/kingpin',
      'github.com/alecthomas/kong', 'github.com/jessevdk/go-flags', 'github.com/peterbourgon/ff', 'github.com/mitchellh/cli',
      'github.com/docopt/docopt-go',
    ],
  },
  {
    job: 'configuration',
    modules: [
      'github.com/spf13/viper', 'github.com/kelseyhightower/envconfig', 'github.com/caarlos0/env', 'github.com/knadh/koanf',
      'github.com/ilyakaznacheev/cleanenv', 'github.com/sethvargo/go-envconfig', 'github.com/jinzhu/configor', 'github.com/heetch/confita',
    ],
  },
];
