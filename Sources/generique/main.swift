import Foundation
import GeneriqueCLI

exit(await GeneriqueCommand.execute())
