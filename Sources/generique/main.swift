import Foundation
import GeneriqueCLI

exit(GeneriqueCommand.execute())
